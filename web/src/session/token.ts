// The bearer token lives in sessionStorage only (never localStorage): closing the tab or signing out forgets it.
const key = 'supervision.token';
const listeners = new Set<() => void>();

export function currentToken(): string | null {
  return sessionStorage.getItem(key);
}

export function keepToken(token: string): void {
  sessionStorage.setItem(key, token);
}

export function forgetToken(): void {
  sessionStorage.removeItem(key);
}

/** The API said the token is no longer good: forget it and tell whoever shows the sign-in page. */
export function signedOut(): void {
  forgetToken();
  listeners.forEach((listener) => listener());
}

export function onSignedOut(listener: () => void): void {
  listeners.add(listener);
}

export interface Claims {
  sub: string;
  name?: string;
  role: string;
  unit?: string;
  jurisdiction: string;
  exp?: number;
}

/** The token's claims, to show who is signed in (the API checks the token itself). */
export function claimsOf(token: string): Claims | null {
  try {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(payload.padEnd(payload.length + ((4 - (payload.length % 4)) % 4), '=')), (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes)) as Claims;
  } catch {
    return null;
  }
}
