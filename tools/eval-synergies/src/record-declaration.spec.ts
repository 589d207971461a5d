import type { CaseDeclaration } from '@symbiose/synergy-cases';
import { GraphQLErrorEntry, GraphQLRequestError, Request } from '@symbiose/gateway-client';
import { InputShape } from './input-shape';
import { DeclarationContext, recordDeclaration } from './record-declaration';

const declaration: CaseDeclaration = {
  ref: 'n-chilled',
  firm: 'shop',
  kind: 'NEED',
  theme: 'MATERIALS_WASTE',
  categoryCode: 'WASTE_CARDBOARD',
  label: 'Carton',
  wasteCode: '150101',
  quantity: 2,
  unit: 't',
  frequency: 'MONTHLY',
  attributes: { moisturePercent: 10, temperatureRange: [0, 4], availableFrom: '2026-05-01' },
};

const context = (
  attributesField: boolean,
  attributeShape: InputShape | null = null,
): DeclarationContext => ({
  organizationId: 'org-1',
  undeliveredAuthorisations: ['2771'],
  hazardousReception: false,
  attributesField,
  attributeShape,
  directoryWait: { waitMs: 0, retryMs: 0 },
});

const refusal = (field: string, message: string): GraphQLErrorEntry => ({
  message: `${field}: ${message}`,
  extensions: { code: 'BAD_USER_INPUT', field },
});

/** An API that refuses what `refuse` says of an input, and records every input it gets. */
function fakeApi(refuse: (input: Record<string, unknown>) => GraphQLErrorEntry | null) {
  const inputs: Record<string, unknown>[] = [];
  const request = (async (operation: string, _query: string, variables?: object) => {
    const { input } = variables as { input: Record<string, unknown> };
    inputs.push(input);
    const error = refuse(input);
    if (error) throw new GraphQLRequestError(operation, [error]);
    return { recordDeclaration: { id: 'd-1' } };
  }) as Request;
  return { request, inputs };
}

describe('recordDeclaration', () => {
  it('drops an attribute the API refuses into the description, and records the gap', async () => {
    const api = fakeApi((input) =>
      'moisturePercent' in (input['attributes'] as object)
        ? refusal('attributes.moisturePercent', 'unknown attribute')
        : null,
    );
    const recorded = await recordDeclaration(api.request, declaration, context(true));
    expect(recorded.id).toBe('d-1');
    expect(recorded.gaps).toEqual([
      'n-chilled: attribute moisturePercent not accepted: attributes.moisturePercent: unknown attribute',
    ]);
    expect(api.inputs[1]).toMatchObject({
      attributes: { temperatureRange: { minC: 0, maxC: 4 } },
      availableFrom: '2026-05-01',
      description: 'Attributes: moisturePercent=10\nFirm authorisations: 2771',
    });
  });

  it('sends only the attributes the API has fields for, the others in the description', async () => {
    const shape: InputShape = new Map([
      [
        'temperatureRange',
        new Map([
          ['minC', null],
          ['maxC', null],
        ]),
      ],
    ]);
    const api = fakeApi(() => null);
    const recorded = await recordDeclaration(api.request, declaration, context(true, shape));
    expect(api.inputs).toHaveLength(1);
    expect(api.inputs[0]).toMatchObject({
      attributes: { temperatureRange: { minC: 0, maxC: 4 } },
      description: 'Attributes: moisturePercent=10\nFirm authorisations: 2771',
    });
    expect(recorded.gaps).toEqual([
      'n-chilled: the API has no attribute moisturePercent (put in the description)',
    ]);
  });

  it('without an attributes field, writes them all in the description', async () => {
    const api = fakeApi(() => null);
    const recorded = await recordDeclaration(api.request, declaration, context(false));
    expect(api.inputs[0]).not.toHaveProperty('attributes');
    expect(api.inputs[0]['description']).toMatch(
      /^Attributes: moisturePercent=10; temperatureRange=\[0,4\]/,
    );
    expect(recorded).toEqual({ id: 'd-1', gaps: [] });
  });

  it('records again without a waste code refused alone, and reports any other refusal', async () => {
    const codeRefused = fakeApi((input) =>
      input['wasteCode'] ? refusal('wasteCode', '15 01 01 is not a code of category X') : null,
    );
    const recorded = await recordDeclaration(codeRefused.request, declaration, context(true));
    expect(recorded).toEqual({
      id: 'd-1',
      gaps: [
        'n-chilled: recorded without its waste code 150101: wasteCode: 15 01 01 is not a code of category X',
      ],
    });
    const refused = fakeApi(() => refusal('quantity', 'must be above zero'));
    expect(await recordDeclaration(refused.request, declaration, context(true))).toEqual({
      id: null,
      gaps: ['n-chilled refused: quantity: must be above zero'],
    });
  });
});
