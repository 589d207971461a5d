/**
 * Makes the @symbiose/* aliases of tsconfig.base.json resolve inside a build
 * folder: each project is compiled with the workspace layout kept under its
 * own dist folder (its code and the libs it uses).
 */
const path = require('node:path');
const tsconfigPaths = require('tsconfig-paths');

const WORKSPACE = path.resolve(__dirname, '..');

function registerBuildPaths(buildRoot) {
  const { paths } = tsconfigPaths.loadConfig(path.join(WORKSPACE, 'tsconfig.base.json'));
  tsconfigPaths.register({ baseUrl: buildRoot, paths });
}

module.exports = { registerBuildPaths, WORKSPACE };
