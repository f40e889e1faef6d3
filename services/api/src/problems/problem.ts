import type { Response } from "express";
import { PROBLEM_TYPES, type ProblemType, problemTypeUri } from "./catalogue";

export const PROBLEM_MEDIA_TYPE = "application/problem+json";

/** A problem the service answers with: its catalogue type and the members it adds. */
export interface Problem {
  readonly type: ProblemType;
  readonly detail?: string;
  readonly extra?: Readonly<Record<string, unknown>>;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Thrown (or rejected) by a handler; the error handler turns it into the problem document. */
export class HttpProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? PROBLEM_TYPES[problem.type].title);
    this.name = "HttpProblem";
  }
}

export const problem = (type: ProblemType, detail?: string, extra?: Problem["extra"]): HttpProblem =>
  new HttpProblem({
    type,
    ...(detail === undefined ? {} : { detail }),
    ...(extra === undefined ? {} : { extra }),
  });

export const isHttpProblem = (e: unknown): e is HttpProblem => e instanceof HttpProblem;

/** Writes an RFC 9457 document; every one carries the request id. */
export const sendProblem = (res: Response, p: Problem, requestId: string, instance?: string): void => {
  const { status, title } = PROBLEM_TYPES[p.type];
  for (const [name, value] of Object.entries(p.headers ?? {})) res.setHeader(name, value);
  res
    .status(status)
    .type(PROBLEM_MEDIA_TYPE)
    .send(
      JSON.stringify({
        type: problemTypeUri(p.type),
        title,
        status,
        ...(p.detail === undefined ? {} : { detail: p.detail }),
        ...(instance === undefined ? {} : { instance }),
        ...p.extra,
        requestId,
      }),
    );
};
