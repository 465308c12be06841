import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const root = import.meta.dirname;

// The files that run only at build time, on the server: they alone may read events/ and use Node.
// src/lib/content/ is the Node-only half of reading a collection (a folder, the Vite plugin); its
// pure half, src/lib/collection/, validates records in the build and in the browser alike.
const serverRoutes = [
	'src/routes/**/+page.server.{ts,js}',
	'src/routes/**/+layout.server.{ts,js}',
	'src/routes/**/+server.{ts,js}'
];
const testFiles = [
	'src/**/*.spec.ts',
	'src/lib/collection/problems.ts',
	'src/lib/collection/fixtures.ts',
	'src/lib/make/fixtures.ts',
	'src/lib/model/fixtures.ts',
	'src/lib/timeline/fake-engine.ts',
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
		from: [
			'src/lib/testing',
			'src/lib/model/fixtures.ts',
			'src/lib/collection/fixtures.ts',
			'src/lib/make/fixtures.ts',
			'src/lib/collection/problems.ts',
			'src/lib/timeline/fake-engine.ts'
		],
		message: 'Test helpers are for specs only: some read events/ with node:fs.'
	},
	{
		// vite.config.ts loads content/ in Node: it may lean on collection/ and the model, nothing
		// in the browser.
		target: 'src/lib/content/**',
		from: 'src/lib',
		except: ['./content', './collection', './model', './server'],
		message:
			'content/ is loaded by vite.config.ts in Node: it imports only content/, collection/ and model/.'
	},
	{
		// collection/ runs in Node (through content/) and in the browser: the model and itself only.
		target: 'src/lib/collection/**',
		from: 'src/lib',
		except: ['./collection', './model'],
		message:
			'collection/ runs in the build and in the browser: it imports only collection/ and model/.'
	},
	{
		// finder/ runs in the browser and in tools/propose through tsx: the model and itself only.
		target: 'src/lib/finder/**',
		from: 'src/lib',
		except: ['./finder', './model'],
		message: 'finder/ runs in the browser and in Node: it imports only finder/ and model/.'
	},
	{
		// documents/ runs in the browser (make/) and in tools/propose through tsx.
		target: 'src/lib/documents/**',
		from: 'src/lib',
		except: ['./documents', './collection', './model'],
		message:
			'documents/ runs in the browser and in Node: it imports only documents/, collection/ and model/.'
	},
	{
		// timelinejs/ reads TimelineJS files in the browser (make/) and, in time, on the command line.
		target: 'src/lib/timelinejs/**',
		from: 'src/lib',
		except: ['./timelinejs', './documents', './model'],
		message:
			'timelinejs/ runs in the browser and in Node: it imports only timelinejs/, documents/ and model/.'
	},
	{
		target: ['src/lib/content/**', 'src/lib/collection/**'],
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

// Who may import each feature folder: the last column of README.md's architecture table, one
// zone a row, kept apart from the layer rules in `boundaries`. A target is every file in src/
// that is not among the folder's importers. content/ and model/ are never targets here: their
// own zones already let them import only content/ and model/, so an import would be reported
// twice. Specs and testing/ are not bound (their config below replaces these zones).

// The files in src/ outside lib/ and routes/: the service worker, hooks, param matchers.
const srcRoot = ['src/*.{ts,js}', 'src/!(lib|routes)/**'];
const libRoot = 'src/lib/*.{ts,js,svelte}';
/** Every file in a src/lib folder other than these (and content/ and model/). */
const libOutside = (folders) => `src/lib/!(${[...folders, 'content', 'model'].join('|')})/**`;

// "Components" in the table: every Svelte file and client module in src/lib/ and src/routes/.
// That is these folders, the files directly in src/lib/ and every route file but the server
// ones; not server/, hosting/, the server route files or the service worker.
const componentFolders = [
	'charts',
	'citing',
	'details',
	'embed',
	'explorer',
	'exports',
	'lesson-builder',
	'lessons',
	'links',
	'make',
	'narrative',
	'site',
	'sources',
	'themes',
	'timeline',
	'ui',
	'worksheet'
];
const notComponents = [...srcRoot, libOutside(componentFolders), ...serverRoutes];
const forComponents = (folder) => ({
	target: notComponents,
	from: `src/lib/${folder}`,
	message: `${folder}/ is for components (client code in src/lib/ and src/routes/): not server/, hosting/, server route files or the service worker.`
});

const featureBoundaries = [
	{
		target: [
			...srcRoot,
			libRoot,
			libOutside(['explorer', 'lesson-builder']),
			'src/routes/!(+page.*)',
			'src/routes/!(embed|make)/**'
		],
		from: 'src/lib/explorer',
		message:
			'explorer/ is imported only by routes / (src/routes/+page.*), /embed/ (src/routes/embed/) and /make/ (src/routes/make/), and by lesson-builder/.'
	},
	{
		target: [
			...srcRoot,
			libRoot,
			libOutside(['narrative', 'explorer', 'lessons']),
			'src/routes/**'
		],
		from: 'src/lib/narrative',
		message: 'narrative/ is imported only by explorer/ and lessons/.'
	},
	{
		// server/ draws the timeline's picture for the explorer's pages, from timeline/'s items.
		target: [...srcRoot, libOutside([...componentFolders, 'server']), ...serverRoutes],
		from: 'src/lib/timeline',
		message: 'timeline/ is for components and server/ (its picture), not other server code.'
	},
	forComponents('details'),
	forComponents('charts'),
	forComponents('embed'),
	{
		// [[]id[]] is the folder [id]: brackets are a character class in a glob.
		target: [
			...srcRoot,
			libRoot,
			libOutside(['lessons', 'lesson-builder']),
			'src/routes/*',
			'src/routes/!(lessons|make)/**',
			'src/routes/lessons/*',
			'src/routes/lessons/!([[]id[]]|new|shared)/**'
		],
		from: 'src/lib/lessons',
		// A lesson shown in the explorer, or embedded, sets its prompts and questions as its page
		// does: those two small pieces go with it.
		except: ['./StepPrompt.svelte', './LessonQuestions.svelte'],
		message:
			'lessons/ is imported only by routes /lessons/[id]/, /lessons/new/, /lessons/shared/ and /make/, and by lesson-builder/ (but for StepPrompt and LessonQuestions).'
	},
	{
		target: [
			...srcRoot,
			libRoot,
			libOutside(['lesson-builder']),
			'src/routes/*',
			'src/routes/!(embed|lessons|make)/**',
			'src/routes/embed/*',
			'src/routes/embed/!(lesson)/**',
			'src/routes/lessons/*',
			'src/routes/lessons/!(new|shared)/**'
		],
		from: 'src/lib/lesson-builder',
		message:
			'lesson-builder/ is imported only by routes /lessons/new/, /lessons/shared/, /embed/lesson/ and /make/.'
	},
	{
		target: [...srcRoot, libRoot, libOutside(['worksheet', 'lessons']), 'src/routes/**'],
		from: 'src/lib/worksheet',
		message: 'worksheet/ is imported only by lessons/.'
	},
	{
		target: [...srcRoot, libRoot, libOutside(['make']), 'src/routes/*', 'src/routes/!(make)/**'],
		from: 'src/lib/make',
		message: 'make/ is imported only by route /make/ (src/routes/make/).'
	},
	{
		target: [...srcRoot, libOutside(componentFolders)],
		from: 'src/lib/exports',
		message: 'exports/ is for components and server route files, not server/ or hosting/.'
	},
	forComponents('citing'),
	forComponents('themes'),
	forComponents('ui'),
	forComponents('site'),
	forComponents('links'),
	forComponents('sources'),
	{
		// svelte.config.js imports hosting/ too, from outside src/.
		target: [
			'src/!(service-worker).{ts,js}',
			'src/!(lib|routes)/**',
			libRoot,
			libOutside(['hosting']),
			'src/routes/**'
		],
		from: 'src/lib/hosting',
		message: 'hosting/ is for src/service-worker.ts and svelte.config.js only.'
	},
	{
		// boundaries keeps test helpers out of client code and content/; this covers the rest.
		target: ['src/lib/server/**', ...serverRoutes],
		from: 'src/lib/testing',
		message: 'testing/ is for specs only.'
	}
];

const virtualContent = {
	name: 'virtual:kz-content',
	message: 'Only src/lib/server/ reads the collection; pages get it from load.'
};

// The embed posts its height to the page around it and must never act on messages from other
// windows: a host page, or anything that frames it, could otherwise drive it. The surest
// guarantee is that no code listens for messages at all. One exception is marked where it is:
// embed/resize.svelte.ts hears the resize helper's answer from its parent, which only switches
// the embed from fitting its frame to growing to its content.
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
		// tools/ is held to the same import style; the zones below name only src/ files.
		files: ['src/**/*.{ts,js,svelte}', 'tools/**/*.ts'],
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
			'import-x/no-restricted-paths': [
				'error',
				{ basePath: root, zones: [...boundaries, ...featureBoundaries] }
			],
			'no-restricted-syntax': ['error', ...messageListeners],
			// One import style, as svelte.dev writes it: a module of ours is named with its
			// extension (`./x.ts`, `$lib/x.svelte.ts`), which Node needs for what it loads anyway.
			'import-x/extensions': [
				'error',
				'ignorePackages',
				{
					checkTypeImports: true,
					// SvelteKit's own modules and the types it generates for each route.
					pathGroupOverrides: [
						{ pattern: '$app/**', action: 'ignore' },
						{ pattern: './$types', action: 'ignore' }
					]
				}
			]
		}
	},
	{
		// The workers and the one module that talks to each: a dedicated worker's messages come
		// only from the page that made it, never from another window.
		files: [
			'src/lib/make/finder-worker.ts',
			'src/lib/make/find-in-worker.ts',
			'src/lib/make/site-folder-worker.ts',
			'src/lib/make/site-folder-zip.ts'
		],
		rules: { 'no-restricted-syntax': 'off' }
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
		// vite.config.ts loads content/ (and the collection/ and model/ it uses) in Node, and tools/
		// loads finder/ and documents/ through tsx, where $lib means nothing. One config sets the
		// rule for these files: a later one would replace these options.
		files: [
			'src/lib/content/**/*.ts',
			'src/lib/collection/**/*.ts',
			'src/lib/documents/**/*.ts',
			'src/lib/finder/**/*.ts',
			'src/lib/model/**/*.ts'
		],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [virtualContent],
					patterns: [
						{
							group: ['$lib', '$lib/**'],
							message:
								'content/, collection/, documents/, finder/ and model/ are loaded in Node (vite.config.ts, tools/): import relatively.'
						},
						{
							group: ['$app/*', 'svelte', 'svelte/*'],
							message:
								'content/, collection/, documents/, finder/ and model/ are plain TypeScript: no SvelteKit or Svelte runtime.'
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
