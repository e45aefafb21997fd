// The unread count the top bar's badge shows, shared so that the notices page clears it as soon as notices are read.
import { ref } from 'vue';
import { listNotices } from '@/api/notices';

export const unread = ref(0);
let last = 0;

/** Asks the API, at most every 5 s unless forced (after this tab marked notices read); a hidden tab does not ask. */
export async function refreshUnread(force = false) {
  if (document.visibilityState !== 'visible' || (!force && Date.now() - last < 5_000)) return;
  last = Date.now();
  try {
    unread.value = (await listNotices(true, 1, 1)).unread;
  } catch {
    // The badge is a hint: a failed count leaves the last one shown.
  }
}
