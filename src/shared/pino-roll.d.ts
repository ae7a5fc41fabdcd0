/** pino-roll ships no types: the options mamori uses, and the stream it returns. */
declare module 'pino-roll' {
  interface PinoRollOptions {
    file: string;
    extension?: string;
    size?: string | number;
    frequency?: 'daily' | 'hourly' | number;
    dateFormat?: string;
    limit?: { count?: number; removeOtherLogFiles?: boolean };
    symlink?: boolean;
    mkdir?: boolean;
    /** File mode of new log files (sonic-boom). */
    mode?: number;
  }
  export default function pinoRoll(options: PinoRollOptions): Promise<NodeJS.WritableStream>;
}
