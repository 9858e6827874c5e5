// Bundles the admin's rich-text editor into the WAR's resources (run by the Maven build).
import { build } from 'esbuild';

await build({
  entryPoints: ['src/main.js'],
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  legalComments: 'linked',
  outfile: '../../../target/frontend/resources/admin/rich-editor.js',
  logLevel: 'warning'
});
