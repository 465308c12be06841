import type { Candidate, Unresolved } from '../finder/candidate.ts';
import type { FinderProgress } from '../finder/find-events.ts';

export interface FindRequest {
	id: number;
	text: string;
	/** `YYYY-MM-DD`, or '' when the teacher has not given it. */
	published: string;
}

export type FindReply =
	| ({ id: number; kind: 'step' } & FinderProgress)
	| { id: number; kind: 'done' }
	| { id: number; kind: 'failed'; message: string };

export interface Found {
	candidates: Candidate[];
	unresolved: Unresolved[];
}

let worker: Worker | null = null;
let lastId = 0;

/**
 * Finds the events of a text in a worker, calling `onprogress` with the paragraphs read so far.
 * One search at a time: a new one makes the one under way give up.
 */
export function findInWorker(
	text: string,
	published: string,
	onprogress: (done: number, total: number) => void
): Promise<Found> {
	worker ??= new Worker(new URL('./finder-worker.ts', import.meta.url), { type: 'module' });
	const current = worker;
	const id = ++lastId;
	const found: Found = { candidates: [], unresolved: [] };
	return new Promise((resolve, reject) => {
		const settle = (outcome: () => void) => {
			current.removeEventListener('message', listen);
			current.removeEventListener('error', failed);
			current.removeEventListener('messageerror', failed);
			outcome();
		};
		const failed = () =>
			settle(() => {
				// A worker that failed is not used again: the next search starts a fresh one.
				current.terminate();
				if (worker === current) worker = null;
				reject(new Error('The finder stopped unexpectedly. Try again.'));
			});
		const listen = ({ data }: MessageEvent<FindReply>) => {
			if (id !== lastId) return settle(() => reject(new Error('superseded')));
			if (data.id !== id) return;
			if (data.kind === 'failed') return settle(() => reject(new Error(data.message)));
			if (data.kind === 'done') return settle(() => resolve(found));
			found.candidates.push(...data.candidates);
			found.unresolved.push(...data.unresolved);
			onprogress(data.done, data.total);
		};
		current.addEventListener('message', listen);
		current.addEventListener('error', failed);
		current.addEventListener('messageerror', failed);
		current.postMessage({ id, text, published } satisfies FindRequest);
	});
}

/**
 * Starts the worker and readies its finder (chrono and compromise load and warm up on a first
 * sentence) while the teacher pastes, so that the first "Find events" answers as fast as the
 * next. A search started meanwhile simply follows it in the worker's queue.
 */
export function warmFinder() {
	findInWorker('On 1 January 2000 the finder was ready.', '', () => {}).catch(() => {});
}
