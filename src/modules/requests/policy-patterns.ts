/** Words of the sample policy 001 that its standard request types cite: the levels whose take-out needs leave. */
export const SEED001_HIGH = ['重要性I', '重要性II'];
