/** Function keys the request screens check (the server declares them in src/modules/requests/functions.ts). */
export const MANAGE_TYPES = 'requests.manage_types';
export const READ_ALL = 'requests.read_all';
