import { withoutSignature } from './logging.module';

describe('withoutSignature', () => {
  it('masks the signature of a picture URL wherever it stands in the query', () => {
    expect(withoutSignature('/workshops/1/prioritisation.svg?signature=a.b.c')).toBe(
      '/workshops/1/prioritisation.svg?signature=[Redacted]',
    );
    expect(withoutSignature('/territories/1/assessment.svg?gridVersion=2&signature=a.b.c')).toBe(
      '/territories/1/assessment.svg?gridVersion=2&signature=[Redacted]',
    );
    expect(withoutSignature('/x.svg?signature=a.b.c&gridVersion=2')).toBe(
      '/x.svg?signature=[Redacted]&gridVersion=2',
    );
  });

  it('leaves other URLs as they are', () => {
    expect(withoutSignature('/graphql')).toBe('/graphql');
    expect(withoutSignature('/zones/1/organizations.csv?mysignature=kept')).toBe(
      '/zones/1/organizations.csv?mysignature=kept',
    );
  });
});
