/** Kept for screens that import it from here; new code imports SelectField from Field.tsx. */
export { SelectField } from './Field.tsx';
