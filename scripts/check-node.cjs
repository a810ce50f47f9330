// Plain CommonJS on purpose: it must run, and explain itself, on any old Node.
const REQUIRED_MAJOR = 24;

/** The message for a Node.js version that is too old, or null when it will do. */
function nodeVersionProblem(version) {
  const major = Number(String(version).split('.')[0]);
  if (major >= REQUIRED_MAJOR) return null;
  return (
    'ho21 needs Node.js ' + REQUIRED_MAJOR + ' or newer; this is Node.js ' + version + '.\n' +
    'Install Node.js ' + REQUIRED_MAJOR + ' LTS from https://nodejs.org or with a version manager (nvm install ' + REQUIRED_MAJOR + '),\n' +
    'or, with only npm at hand: npm i --prefix ~/.node' + REQUIRED_MAJOR + ' node@' + REQUIRED_MAJOR +
    ' && export PATH=~/.node' + REQUIRED_MAJOR + '/node_modules/.bin:$PATH'
  );
}

module.exports = { nodeVersionProblem, REQUIRED_MAJOR };

if (require.main === module) {
  const problem = nodeVersionProblem(process.versions.node);
  if (problem) {
    process.stderr.write('\n' + problem + '\n\n');
    process.exit(1);
  }
}
