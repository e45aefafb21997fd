// The signed-in person (pinia: the only store besides shared lookups). Who they are comes from the token the API issued.
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { Role } from '@/api/types';
import { claimsOf, currentToken, forgetToken, keepToken, onSignedOut, type Claims } from './token';

export const homeOf: Record<Role, string> = { department: '/department', office: '/office', leader: '/leader', admin: '/admin' };

export const useSession = defineStore('session', () => {
  const claims = ref<Claims | null>(readClaims());
  const displayName = ref<string>(sessionStorage.getItem('supervision.name') ?? '');

  function readClaims(): Claims | null {
    const token = currentToken();
    const read = token ? claimsOf(token) : null;
    return read && (!read.exp || read.exp * 1000 > Date.now()) ? read : null;
  }

  function signIn(token: string, name?: string) {
    keepToken(token);
    claims.value = claimsOf(token);
    displayName.value = name ?? claims.value?.name ?? '';
    sessionStorage.setItem('supervision.name', displayName.value);
  }

  /** Forgets the token and everything else this tab kept (the OpenID Connect library's user and state too). */
  function signOut() {
    forgetToken();
    sessionStorage.clear();
    claims.value = null;
  }

  onSignedOut(() => (claims.value = null));

  const role = computed(() => (claims.value?.role ?? null) as Role | null);
  const home = computed(() => (role.value ? homeOf[role.value] : '/sign-in'));
  return { claims, displayName, role, home, signIn, signOut, signedIn: computed(() => claims.value !== null) };
});
