// Plain CommonJS on purpose: it must run, and explain itself, on any old Node.
const required = 24;
const major = Number(process.versions.node.split('.')[0]);
if (major < required) {
  process.stderr.write(
    '\nho21 needs Node.js ' + required + ' or newer; this is Node.js ' + process.versions.node + '.\n' +
      'Install Node.js ' + required + ' LTS from https://nodejs.org, or use a version manager (nvm install ' + required + '),\n' +
      'or, with only npm available: npm i --prefix ~/.node24 node@' + required + ' && export PATH=~/.node24/node_modules/.bin:$PATH\n\n',
  );
  process.exit(1);
}
