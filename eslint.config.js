import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const root = import.meta.dirname;

// The files that run only at build time, on the server: they alone may read events/ and use Node.
const serverRoutes = [
	'src/routes/**/+page.server.{ts,js}',
	'src/routes/**/+layout.server.{ts,js}',
	'src/routes/**/+server.{ts,js}'
];
const testFiles = [
	'src/**/*.spec.ts',
	'src/lib/content/problems.ts',
	'src/lib/content/fixtures.ts',
	'src/lib/model/fixtures.ts',
	'src/lib/testing/**'
];

// Targets are globs because no-restricted-paths has no "except" for targets. Client code is
// everything in src/ that can end up in the browser: every src/lib folder but the build-time
// content/ and server-only server/, and every route file but the server-only ones.
const clientCode = [
	'src/*.{ts,js}',
	// params/ matchers, hooks and anything else outside lib/ and routes/ also reach the browser.
	'src/!(lib|routes)/**',
	'src/lib/*.{ts,js,svelte}',
	'src/lib/!(content|server)/**',
	'src/routes/**/*.svelte',
	'src/routes/**/!(+page.server|+layout.server|+server).{ts,js}'
];
const outsideTimeline = ['src/*.{ts,js}', 'src/lib/*.{ts,js,svelte}', 'src/lib/!(timeline)/**'];

const visOnlyInTimeline = {
	target: [...outsideTimeline, 'src/routes/**'],
	from: ['node_modules/vis-timeline', 'node_modules/vis-data'],
	message: 'Only src/lib/timeline/ uses vis-timeline and vis-data, through vis-adapter.ts.'
};
const boundaries = [
	visOnlyInTimeline,
	{
		// The adapter pulls in vis-timeline: outside timeline/ it would land in the page's first
		// chunk instead of loading on its own (timeline/engine.ts).
		target: outsideTimeline,
		from: 'src/lib/timeline/vis-adapter.ts',
		message: 'Only src/lib/timeline/ loads the adapter, through engine.ts.'
	},
	{
		target: clientCode,
		from: ['src/lib/content', 'src/lib/server'],
		message: 'Client code must not import build-time (content/) or server-only (server/) modules.'
	},
	{
		target: clientCode,
		from: ['src/lib/testing', 'src/lib/model/fixtures.ts', 'src/lib/content/fixtures.ts'],
		message: 'Test helpers are for specs only: some read events/ with node:fs.'
	},
	{
		// vite.config.ts loads content/ in Node: it may lean on the model, nothing in the browser.
		target: 'src/lib/content/**',
		from: 'src/lib',
		except: ['./content', './model', './server'],
		message: 'content/ is loaded by vite.config.ts in Node: it imports only content/ and model/.'
	},
	{
		target: ['src/lib/content/**'],
		from: 'src/lib/server',
		message: 'src/lib/server/ is for the server route files (+page.server.ts, +server.ts) only.'
	},
	{
		target: 'src/lib/model/**',
		from: 'src/lib',
		except: ['./model'],
		message: 'The model is the bottom layer: it imports only other model modules and packages.'
	},
	{
		target: 'src/lib/model/**',
		from: '**/*.svelte',
		message: 'The model is DOM-free: it imports no component.'
	}
];

const virtualContent = {
	name: 'virtual:kz-content',
	message: 'Only src/lib/server/ reads the collection; pages get it from load.'
};

// The embed posts its height to the page around it and must never act on messages from other
// windows: a host page, or anything that frames it, could otherwise drive it. The surest
// guarantee is that no code listens for messages at all.
const MESSAGE_EVENT = '/^message(error)?$/';
const MESSAGE_HANDLER = '/^onmessage(error)?(capture)?$/';
const noMessageListener = 'Nothing in src/ listens for messages from other windows.';
const messageListeners = [
	`CallExpression:matches([callee.name='addEventListener'], [callee.property.name='addEventListener'], [callee.property.value='addEventListener']):matches([arguments.0.value=${MESSAGE_EVENT}], [arguments.0.quasis.0.value.raw=${MESSAGE_EVENT}], [arguments.0.expression.value=${MESSAGE_EVENT}])`,
	// { onmessage: … } handed to Object.assign, defineProperty or a spread, and 'onmessage' named
	// as a string anywhere: no code here has a reason to name the handler at all.
	`Property[key.name=${MESSAGE_HANDLER}]`,
	`Literal[value=${MESSAGE_HANDLER}]`,
	// svelte/events: on(window, 'message', handler)
	`CallExpression[callee.name='on']:matches([arguments.1.value=${MESSAGE_EVENT}], [arguments.1.quasis.0.value.raw=${MESSAGE_EVENT}])`,
	`AssignmentExpression:matches([left.name=${MESSAGE_HANDLER}], [left.property.name=${MESSAGE_HANDLER}])`,
	`SvelteAttribute[key.name=${MESSAGE_HANDLER}]`,
	`SvelteShorthandAttribute[key.name=${MESSAGE_HANDLER}]`,
	`SvelteDirective[kind='EventHandler'][key.name.name=${MESSAGE_EVENT}]`
].map((selector) => ({ selector, message: noMessageListener }));

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'bench/out/', '.tmp/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// typescript-eslint recommends this off: TypeScript itself reports undefined names.
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
			// Our links add query strings and fragments to a path made with resolve(), which
			// the rule cannot follow; every path in src/ is still built with resolve(). Shallow
			// history entries only change the query string of the current page.
			'svelte/no-navigation-without-resolve': [
				'error',
				{ ignoreLinks: true, ignorePushState: true, ignoreReplaceState: true }
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		files: ['src/**/*.{ts,js,svelte}'],
		plugins: { 'import-x': importX },
		settings: {
			// $lib is SvelteKit's alias; resolving it here keeps the linter independent of the
			// tsconfig that `svelte-kit sync` generates.
			'import-x/resolver-next': [
				createNodeResolver({
					alias: { $lib: [`${root}/src/lib`] },
					extensions: ['.ts', '.js', '.svelte', '.json']
				})
			]
		},
		rules: {
			'import-x/no-restricted-paths': ['error', { basePath: root, zones: boundaries }],
			'no-restricted-syntax': ['error', ...messageListeners]
		}
	},
	{
		files: ['src/**/*.{ts,js,svelte}'],
		ignores: ['src/lib/content/**', 'src/lib/server/**', ...serverRoutes, ...testFiles],
		rules: { 'import-x/no-nodejs-modules': 'error' }
	},
	{
		// The collection reaches the client only through the server's load functions.
		files: clientCode,
		ignores: testFiles,
		rules: { 'no-restricted-imports': ['error', { paths: [virtualContent] }] }
	},
	{
		// vite.config.ts loads content/ (and the model it uses) in Node, where $lib means nothing.
		// One config sets the rule for these files: a later one would replace these options.
		files: ['src/lib/content/**/*.ts', 'src/lib/model/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [virtualContent],
					patterns: [
						{
							group: ['$lib', '$lib/**'],
							message: 'content/ and model/ are loaded by vite.config.ts: import relatively.'
						},
						{
							group: ['$app/*', 'svelte', 'svelte/*'],
							message: 'content/ and model/ are plain TypeScript: no SvelteKit or Svelte runtime.'
						}
					]
				}
			]
		}
	},
	{
		// Tests read events/ through content/ and use node:fs; they still leave vis-timeline alone.
		files: testFiles,
		rules: {
			'import-x/no-restricted-paths': ['error', { basePath: root, zones: [visOnlyInTimeline] }]
		}
	},
	{
		// Specs write the listeners the rule forbids, as snippets for the linter to reject.
		files: ['src/**/*.spec.ts'],
		rules: { 'no-restricted-syntax': 'off' }
	}
);
