// The signed-in person (pinia: the only store besides shared lookups): from the token the API issued, or, after a
// provider's sign-in, from the directory's record of them.
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { DirectoryPerson, Role } from '@/api/types';
import { claimsOf, currentToken, forgetToken, keepToken, onSignedOut, type Claims } from './token';

export const homeOf: Record<Role, string> = { department: '/department', office: '/office', leader: '/leader', admin: '/admin' };

export const useSession = defineStore('session', () => {
  const claims = ref<Claims | null>(readClaims());
  const displayName = ref<string>(sessionStorage.getItem('supervision.name') ?? '');

  function readClaims(): Claims | null {
    const token = currentToken();
    const read = token ? withPerson(claimsOf(token), sessionStorage.getItem('supervision.person')) : null;
    return read && (!read.exp || read.exp * 1000 > Date.now()) ? read : null;
  }

  /** A provider's token names the person only: who they are for us comes from the directory (GET /api/people/me). */
  function withPerson(read: Claims | null, person: string | null): Claims | null {
    if (!read || !person) return read;
    const p = JSON.parse(person) as DirectoryPerson;
    return { ...read, sub: p.id, name: p.name, role: p.role, unit: p.unit ?? undefined, jurisdiction: p.jurisdiction };
  }

  function signIn(token: string, name?: string, person?: DirectoryPerson) {
    keepToken(token);
    if (person) sessionStorage.setItem('supervision.person', JSON.stringify(person));
    claims.value = withPerson(claimsOf(token), person ? JSON.stringify(person) : null);
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
