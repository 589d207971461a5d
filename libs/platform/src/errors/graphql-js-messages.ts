import { CALENDAR_DAY_REFUSAL } from '../graphql/calendar-day.scalar';
import { INSTANT_REFUSAL } from '../graphql/instant.scalar';
import { PERIMETER_REFUSAL } from '../graphql/perimeter.scalar';
import { LocalizedText } from './error-reasons';

type Groups = Record<string, string>;

interface Wording {
  readonly english: RegExp;
  readonly french: (groups: Groups) => string;
}

/** `"A", "B", or "C"` (graphql-js's suggestions) as « A », « B » ou « C ». */
function frenchList(quoted: string): string {
  const names = [...quoted.matchAll(/"([^"]*)"/g)].map(([, name]) => `« ${name} »`);
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} ou ${names.at(-1)}`;
}

const name = '"(?<name>[^"]+)"';
const type = '"(?<type>[^"]+)"';
const field = '"(?<field>[^"]+)"';
const variable = '"\\$(?<variable>[^"]+)"';
const sentence = (pattern: string) => new RegExp(`^${pattern}$`);

/**
 * The messages of graphql-js 16 and Apollo Server that a client's mistake produces (an unknown
 * field, a missing argument, a variable of the wrong type, a syntax error, a malformed request),
 * in French. Each names the same things as the English one; a message not listed stays English.
 */
const WORDINGS: readonly Wording[] = [
  {
    english: sentence(`Cannot query field ${field} on type ${type}\\.`),
    french: (g) => `Le champ « ${g.field} » n’existe pas sur le type « ${g.type} ».`,
  },
  {
    english: sentence(
      `Field ${field} argument ${name} of type ${type} is required, but it was not provided\\.`,
    ),
    french: (g) =>
      `L’argument « ${g.name} » (${g.type}) du champ « ${g.field} » est obligatoire et n’a pas été donné.`,
  },
  {
    english: sentence(`Unknown argument ${name} on field ${field}\\.`),
    french: (g) => `Argument « ${g.name} » inconnu sur le champ « ${g.field} ».`,
  },
  {
    english: sentence(`Variable ${variable} of required type ${type} was not provided\\.`),
    french: (g) =>
      `La variable « $${g.variable} » (${g.type}) est obligatoire et n’a pas été donnée.`,
  },
  {
    english: sentence(`Variable ${variable} of non-null type ${type} must not be null\\.`),
    french: (g) => `La variable « $${g.variable} » (${g.type}) ne doit pas être nulle.`,
  },
  {
    english: sentence(
      `Variable ${variable} got invalid value (?<value>.*?)(?: at "(?<path>[^"]+)")?; (?<detail>.*)`,
    ),
    french: (g) =>
      `La variable « $${g.variable} » a reçu une valeur invalide ${g.value}` +
      `${g.path ? ` en « ${g.path} »` : ''} ; ${inFrench(g.detail)}`,
  },
  {
    english: sentence(
      `Variable ${variable} of type ${type} used in position expecting type "(?<expected>[^"]+)"\\.`,
    ),
    french: (g) =>
      `La variable « $${g.variable} » (${g.type}) est employée là où le type ${g.expected} est attendu.`,
  },
  {
    english: sentence(`Variable ${variable} is not defined(?: by operation ${name})?\\.`),
    french: (g) => `La variable « $${g.variable} » n’est pas déclarée par l’opération.`,
  },
  {
    english: sentence(`Variable ${variable} is never used(?: in operation ${name})?\\.`),
    french: (g) => `La variable « $${g.variable} » n’est jamais employée.`,
  },
  {
    english: sentence(`Field ${field} of type ${type} must have a selection of subfields\\.`),
    french: (g) =>
      `Le champ « ${g.field} » (${g.type}) demande une sélection de sous-champs entre accolades.`,
  },
  {
    english: sentence(
      `Field ${field} must not have a selection since type ${type} has no subfields\\.`,
    ),
    french: (g) =>
      `Le champ « ${g.field} » ne prend pas de sélection : le type « ${g.type} » n’a pas de sous-champs.`,
  },
  {
    english: sentence(`Field ${field} of required type ${type} was not provided\\.`),
    french: (g) => `Le champ « ${g.field} » (${g.type}) est obligatoire et n’a pas été donné.`,
  },
  {
    english: sentence(`Field ${field} is not defined by type ${type}\\.`),
    french: (g) => `Le champ « ${g.field} » n’existe pas dans le type « ${g.type} ».`,
  },
  {
    english: sentence(`Unknown type ${name}\\.`),
    french: (g) => `Type « ${g.name} » inconnu.`,
  },
  {
    english: sentence(`Expected type ${type}\\. (?<detail>.*)`),
    french: (g) => `Type « ${g.type} » attendu. ${inFrench(g.detail)}`,
  },
  {
    english: sentence(`Expected value of type ${type}, found (?<value>.*?)(?:; (?<detail>.*))?`),
    french: (g) =>
      `Valeur de type « ${g.type} » attendue, reçu ${g.value}` +
      (g.detail ? ` ; ${inFrench(g.detail)}` : '.'),
  },
  {
    english: sentence(
      `(?<scalar>Int|Float|String|Boolean|ID) cannot represent [^:]*: (?<value>.*)`,
    ),
    french: (g) => `Le type ${g.scalar} ne peut pas représenter la valeur ${g.value}`,
  },
  {
    english: sentence(`Value ${name} does not exist in ${type} enum\\.`),
    french: (g) => `La valeur « ${g.name} » n’existe pas dans l’énumération « ${g.type} ».`,
  },
  {
    english: sentence(`Enum ${type} cannot represent non-enum value: (?<value>.*)\\.`),
    french: (g) => `L’énumération « ${g.type} » ne peut pas représenter la valeur ${g.value}.`,
  },
  {
    english: sentence(`Unknown fragment ${name}\\.`),
    french: (g) => `Fragment « ${g.name} » inconnu.`,
  },
  {
    english: sentence(`Fragment ${name} is never used\\.`),
    french: (g) => `Le fragment « ${g.name} » n’est jamais employé.`,
  },
  {
    english: sentence(`Syntax Error: Expected (?<expected>.*), found (?<found>.*)\\.`),
    french: (g) => `Erreur de syntaxe : ${g.expected} attendu, trouvé ${g.found}.`,
  },
  {
    english: sentence(`Syntax Error: Unexpected (?<found>.*)\\.`),
    french: (g) => `Erreur de syntaxe : ${g.found} inattendu.`,
  },
  {
    english: sentence(`Syntax Error: (?<detail>.*)`),
    french: (g) => `Erreur de syntaxe : ${g.detail}`,
  },
  {
    english: sentence('Must provide operation name if query contains multiple operations\\.'),
    french: () =>
      'Nommez l’opération à exécuter (operationName) : le document en contient plusieurs.',
  },
  {
    english: sentence(`Unknown operation named ${name}\\.`),
    french: (g) => `Aucune opération nommée « ${g.name} » dans le document.`,
  },
  {
    english: sentence('POST body missing, invalid Content-Type, or JSON object has no keys\\.'),
    french: () => 'Corps POST absent, Content-Type invalide ou objet JSON vide.',
  },
  {
    english: sentence(
      'GraphQL operations must contain a non-empty `query` or a `persistedQuery` extension\\.',
    ),
    french: () =>
      'Une opération GraphQL doit contenir une `query` non vide ou une extension `persistedQuery`.',
  },
];

/** The API's own scalars' reasons, which graphql-js puts at the end of its messages. */
const SCALAR_WORDINGS: readonly Wording[] = [
  CALENDAR_DAY_REFUSAL,
  INSTANT_REFUSAL,
  PERIMETER_REFUSAL,
].map(({ EN, FR }) => ({
  english: sentence(EN.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
  french: () => FR,
}));

const EVERY_WORDING = [...WORDINGS, ...SCALAR_WORDINGS];

const SUGGESTION = /^(?<message>.*?) Did you mean (?<names>.*)\?$/;

/** A graphql-js or Apollo message in French; one no wording knows as it came. */
function inFrench(english: string): string {
  const suggested = SUGGESTION.exec(english)?.groups;
  const message = suggested?.message ?? english;
  for (const { english: pattern, french } of EVERY_WORDING) {
    const match = pattern.exec(message);
    if (!match) continue;
    const translated = french(match.groups ?? {});
    return suggested
      ? `${translated} Vouliez-vous dire ${frenchList(suggested.names)} ?`
      : translated;
  }
  return english;
}

/** A message graphql-js or Apollo Server wrote, in the languages the API writes in. */
export function graphqlMessage(english: string): LocalizedText {
  return { EN: english, FR: inFrench(english) };
}
