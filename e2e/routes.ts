import { BUILT_LESSON, BUILT_LESSON_CODE } from './built-lesson.ts';

/** One page of every kind the site has, for the tests that sweep them all. */
export interface SiteRoute {
	name: string;
	/** Every page's address ends in a slash (trailingSlash: 'always'); query and hash may follow. */
	path: string;
	/** The page's one h1, to know it is this page and not whatever else a host answered. */
	heading: string | RegExp;
	/** The h1 without JavaScript, where it differs: a page whose content is in its #fragment. */
	headingWithoutScript?: string;
	/** Draws a timeline, to wait for before checking. */
	timeline?: boolean;
	/** The embed: no site header, footer or skip link. */
	embed?: boolean;
	/** The HTTP status vite preview answers with. Default 200. */
	status?: number;
}

const SITE_TITLE = 'Kazakhstan 1990–2012';

export const ROUTES: SiteRoute[] = [
	{ name: 'home', path: '/', heading: SITE_TITLE, timeline: true },
	{
		name: 'home with an event selected',
		path: '/?event=zhanaozen-massacre',
		heading: SITE_TITLE,
		timeline: true
	},
	{ name: 'the events index', path: '/events/', heading: 'All events' },
	{ name: 'the about page', path: '/about/', heading: 'About this site' },
	{
		name: 'an event page',
		path: '/events/zhanaozen-massacre/',
		heading: 'Security forces kill striking oil workers in Zhanaozen'
	},
	{
		name: 'the source reader',
		path: '/sources/kazakh-elections-2012/?p=1&start=3&end=60#p1',
		heading: 'Kazakh elections take place amid rising social tensions'
	},
	{ name: 'the lessons index', path: '/lessons/', heading: 'Lessons' },
	{
		name: 'a lesson',
		path: '/lessons/zhanaozen-state-of-emergency/',
		heading: 'Zhanaozen and the state of emergency',
		timeline: true
	},
	{ name: 'the lesson builder', path: '/lessons/new/', heading: 'Make your own lesson' },
	{
		name: 'a shared lesson',
		path: `/lessons/shared/#${BUILT_LESSON_CODE}`,
		heading: BUILT_LESSON.title,
		headingWithoutScript: 'A shared lesson',
		timeline: true
	},
	{ name: '/figures', path: '/figures/', heading: 'Figures' },
	{
		name: 'the embed',
		path: '/embed/?lesson=zhanaozen-state-of-emergency',
		heading: SITE_TITLE,
		timeline: true,
		embed: true
	},
	{
		name: 'the embed of a shared lesson',
		path: `/embed/lesson/#${BUILT_LESSON_CODE}`,
		heading: SITE_TITLE,
		timeline: true,
		embed: true
	},
	{
		name: 'the 404 page',
		path: '/events/no-such-event/',
		heading: 'Page not found',
		status: 404
	}
];
