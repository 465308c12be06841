/** One page of every kind the site has, for the tests that sweep them all. */
export interface SiteRoute {
	name: string;
	path: string;
	/** Draws a timeline, to wait for before checking. */
	timeline?: boolean;
	/** The embed: no site header, footer or skip link. */
	embed?: boolean;
	/** The HTTP status vite preview answers with. Default 200. */
	status?: number;
}

export const ROUTES: SiteRoute[] = [
	{ name: 'home', path: '/', timeline: true },
	{ name: 'home with an event selected', path: '/?event=zhanaozen-massacre', timeline: true },
	{ name: 'the events index', path: '/events' },
	{ name: 'an event page', path: '/events/zhanaozen-massacre' },
	{ name: 'the source reader', path: '/sources/kazakh-elections-2012?p=1&start=3&end=60#p1' },
	{ name: 'the lessons index', path: '/lessons' },
	{ name: 'a lesson', path: '/lessons/zhanaozen-state-of-emergency', timeline: true },
	{ name: '/figures', path: '/figures' },
	{
		name: 'the embed',
		path: '/embed?lesson=zhanaozen-state-of-emergency',
		timeline: true,
		embed: true
	},
	{ name: 'the 404 page', path: '/events/no-such-event', status: 404 }
];
