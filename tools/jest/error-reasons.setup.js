// Every error the API returns carries a reason of the catalogue (docs/errors.md): every test
// calling the API through postGraphQL fails on one that does not. Both modules are read by path,
// not through their libraries' indexes, which would load the whole platform into every suite.
const { isErrorReason } = require('../../libs/platform/src/errors/error-reasons');
const { refuseErrorsOutside } = require('../../libs/testing/src/graphql-client');

refuseErrorsOutside(isErrorReason);
