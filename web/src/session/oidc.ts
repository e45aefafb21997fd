// OpenID Connect: authorization code with PKCE against the configured authority (oidc-client-ts). The library's
// state and the signed-in user live in sessionStorage only, like the token itself.
import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { SignInConfiguration } from '@/api/types';

export const callbackPath = '/signed-in';

export function oidcSettings(config: SignInConfiguration, origin: string, storage: Storage) {
  if (config.mode !== 'oidc' || !config.authority || !config.clientId) throw new Error('OpenID Connect is not configured');
  return {
    authority: config.authority,
    client_id: config.clientId,
    redirect_uri: `${origin}${callbackPath}`,
    post_logout_redirect_uri: `${origin}/sign-in`,
    response_type: 'code',
    scope: config.scope,
    loadUserInfo: false,
    userStore: new WebStorageStateStore({ store: storage }),
    stateStore: new WebStorageStateStore({ store: storage }),
  };
}

const manager = (config: SignInConfiguration) => new UserManager(oidcSettings(config, location.origin, sessionStorage));

/** Leaves for the identity provider; it comes back to /signed-in with a code. */
export const startOidcSignIn = (config: SignInConfiguration) => manager(config).signinRedirect();

/** Trades the code (with the PKCE verifier kept in sessionStorage) for the tokens; the API takes the access token. */
export async function finishOidcSignIn(config: SignInConfiguration): Promise<string> {
  const user = await manager(config).signinRedirectCallback();
  return user.access_token;
}

export const forgetOidcUser = (config: SignInConfiguration) => manager(config).removeUser();
