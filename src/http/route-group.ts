/** The routes of one module: the same tags on each, and the record a `/:id` route acts on given by its id. */
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { defineRoute, type RouteInput, type RouteSpec } from './route.ts';

type GroupSpec<BS extends z.ZodType, QS extends z.ZodType, PS extends z.ZodType> = Omit<
  RouteSpec<BS, QS, PS>,
  'tags'
>;

/** A route on the record named by its `:id`: the handler is given that id beside the usual input. */
export interface OnIdSpec<BS extends z.ZodType, QS extends z.ZodType, IP extends z.ZodType>
  extends Omit<GroupSpec<BS, QS, IP>, 'params' | 'handler'> {
  handler(input: RouteInput<z.output<BS>, z.output<QS>, z.output<IP>> & { id: string }): Promise<unknown>;
}

export interface RouteGroup<IP extends z.ZodType> {
  /** `defineRoute` with the group's tags. */
  route<
    BS extends z.ZodType = z.ZodType<undefined>,
    QS extends z.ZodType = z.ZodType<undefined>,
    PS extends z.ZodType = z.ZodType<undefined>,
  >(spec: GroupSpec<BS, QS, PS>): void;
  /** A route whose url ends in or passes through `:id`, validated by the group's id params. */
  onId<BS extends z.ZodType = z.ZodType<undefined>, QS extends z.ZodType = z.ZodType<undefined>>(
    spec: OnIdSpec<BS, QS, IP>,
  ): void;
}

/** The routes of a module under `tags`; `idParams` is the module's schema of `{ id }`. */
export function routeGroup<IP extends z.ZodType<{ id: string }>>(
  app: FastifyInstance,
  tags: string[],
  idParams: IP,
): RouteGroup<IP> {
  return {
    route(spec) {
      defineRoute(app, { ...spec, tags });
    },
    onId(spec) {
      const { handler, ...rest } = spec;
      defineRoute(app, {
        ...rest,
        tags,
        params: idParams,
        handler: (input) => handler({ ...input, id: input.params.id }),
      });
    },
  };
}
