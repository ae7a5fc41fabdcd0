/** A list typed with 、 , ， or spaces. */
export const splitList = (s: string) =>
  s
    .split(/[、,，\s]+/)
    .map((x) => x.trim())
    .filter(Boolean);
