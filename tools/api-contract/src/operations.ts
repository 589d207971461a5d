import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { GraphQLError, GraphQLSchema, Kind, parse, Source, validate } from 'graphql';

export interface OperationFile {
  /** The file's name, as problems name it. */
  name: string;
  source: string;
}

export interface OperationProblem {
  file: string;
  message: string;
}

/** The `.graphql` files of a folder, by name. */
export function readOperationFiles(folder: string): OperationFile[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => ({ name, source: readFileSync(path.join(folder, name), 'utf8') }));
}

/**
 * Checks each file against the schema as graphql-js validates a request (every field, argument
 * and variable type exists and fits), and that every operation has a name of its own: front
 * ends' generated types are named after their operations.
 */
export function validateOperations(
  schema: GraphQLSchema,
  files: OperationFile[],
): OperationProblem[] {
  const problems: OperationProblem[] = [];
  const fileOfOperation = new Map<string, string>();
  for (const file of files) {
    let document;
    try {
      document = parse(new Source(file.source, file.name));
    } catch (error) {
      problems.push({ file: file.name, message: describe(error as GraphQLError) });
      continue;
    }
    for (const error of validate(schema, document)) {
      problems.push({ file: file.name, message: describe(error) });
    }
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
      const name = definition.name?.value;
      if (!name) {
        problems.push({ file: file.name, message: 'an operation has no name' });
      } else if (fileOfOperation.has(name)) {
        problems.push({
          file: file.name,
          message: `operation "${name}" is also defined in ${fileOfOperation.get(name)}`,
        });
      } else {
        fileOfOperation.set(name, file.name);
      }
    }
  }
  return problems;
}

function describe(error: GraphQLError): string {
  const where = error.locations?.map(({ line, column }) => `${line}:${column}`).join(', ');
  return where ? `${where} ${error.message}` : error.message;
}
