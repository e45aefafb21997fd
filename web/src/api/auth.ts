import { get, post } from './http';
import type { Person, SignedIn, SignInConfiguration } from './types';

export const signInConfiguration = () => get<SignInConfiguration>('/auth/config');
export const developmentPeople = () => get<Person[]>('/auth/dev/people');
export const developmentSignIn = (personId: string) => post<SignedIn>('/auth/dev/sign-in', { personId });
