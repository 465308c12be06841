import type { Component, ComponentProps } from 'svelte';
import type ExplorerFooter from './ExplorerFooter.svelte';
import type ExplorerHeader from './ExplorerHeader.svelte';
import type ExplorerStory from './ExplorerStory.svelte';
import type ExplorerTimeline from './ExplorerTimeline.svelte';
import type SelectedDetails from './SelectedDetails.svelte';
import type { ExplorerSession } from './session.svelte.ts';

/** Some of a component's props. */
// any: each component's props are its own, and Some is typed by the component it is given.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Some<Of extends Component<any>> = Partial<ComponentProps<Of>>;

/**
 * How the page and the embed hand their session to the pieces they share, said once: each
 * group is spread onto its components (`<ExplorerHeader {...wired.header} />`) beside what the
 * shell adds. Getters, so that each prop follows the session as it changes.
 */
export function sessionProps(session: ExplorerSession) {
	return {
		header: {
			explorer: session.explorer,
			themes: session.themes,
			loader: session.loader,
			get hydrated() {
				return session.hydrated;
			},
			get notices() {
				return session.notices;
			},
			ondismiss: (notice: string) => session.dismiss(notice),
			onfilter: () => session.refit()
		} satisfies Some<typeof ExplorerHeader>,
		timeline: {
			themes: session.themes,
			get window() {
				return session.timelineWindow;
			},
			get framing() {
				return session.framing;
			},
			get position() {
				return session.position;
			},
			onwindowchange: (next, origin) => session.onwindowchange(next, origin)
		} satisfies Some<typeof ExplorerTimeline>,
		/** For the story and the selected event's details alike. */
		selection: {
			get selected() {
				return session.selected;
			},
			get relatedTitles() {
				return session.relatedTitles;
			},
			onzoom: (id: string) => session.zoomTo(id)
		} satisfies Some<typeof ExplorerStory> & Some<typeof SelectedDetails>,
		details: {
			walk: session.walk,
			get returning() {
				return session.address.traversed;
			}
		} satisfies Some<typeof SelectedDetails>,
		footer: {
			get sources() {
				return session.citedSources;
			},
			get printedFrom() {
				return session.address.current?.href ?? null;
			},
			get announcement() {
				return session.walk.announcement;
			}
		} satisfies Some<typeof ExplorerFooter>
	};
}
