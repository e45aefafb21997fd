// A list the API pages: the rows of the current page, the total it counted (X-Total-Count), and a reload when the page moves.
import { ref, shallowRef, watch } from 'vue';
import type { Page } from '@/api/http';
import { useAction } from './useAction';

export function usePaged<T>(load: (page: number, pageSize: number) => Promise<Page<T>>, pageSize = 50) {
  const rows = shallowRef<T[]>([]);
  const total = ref(0);
  const page = ref(1);
  const { busy, problem, run } = useAction();
  const reload = async () => {
    const result = await run(() => load(page.value, pageSize));
    if (result) [rows.value, total.value] = [result.items, result.total];
  };
  watch(page, reload);
  return { rows, total, page, pageSize, busy, problem, reload };
}
