// Dates as the offices read them: China Standard Time, whatever the browser's zone.
const zone = 'Asia/Shanghai';
const dateTime = new Intl.DateTimeFormat('zh-CN', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false });
const dateOnly = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });

export const formatDateTime = (iso: string | null | undefined) => (iso ? dateTime.format(new Date(iso)) : '—');

/** A business day (2022-06-30) is shown as it is: it has no time of day to convert. */
export const formatDate = (day: string | null | undefined) => day ?? '—';

/** Today's business day in China Standard Time, as YYYY-MM-DD. */
export const todayInChina = () => dateOnly.format(new Date());

/** The end of a business day in China Standard Time, the moment an as-of view is asked for. */
export const endOfDay = (day: string) => `${day}T23:59:59+08:00`;

export const currentYear = () => Number(todayInChina().slice(0, 4));
