/** `/api`, `/api/…` or `/api?…`, in any letter case (routes ignore it): the API's answers, not the admin's files. */
export const isApiPath = (url: string): boolean => /^\/api(\/|\?|$)/i.test(url);
