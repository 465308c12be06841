import type { ContentProblem } from '../collection/errors.ts';
import type { MadeTimeline } from './made-timeline.ts';
import type { LessonFile } from './site-folder.ts';

export interface SiteFolderRequest {
	made: MadeTimeline;
	lessons: LessonFile[];
}

export type SiteFolderReply =
	| { kind: 'zipped'; bytes: Uint8Array<ArrayBuffer>; lessonProblems: ContentProblem[] }
	| { kind: 'refused'; problems: ContentProblem[] }
	| { kind: 'failed'; message: string };

/** The timeline's site folder as a zip, made in a worker of its own that ends with the work. */
export function siteFolderZip(made: MadeTimeline, lessons: LessonFile[]): Promise<SiteFolderReply> {
	const worker = new Worker(new URL('./site-folder-worker.ts', import.meta.url), {
		type: 'module'
	});
	return new Promise((resolve) => {
		const settle = (reply: SiteFolderReply) => {
			worker.terminate();
			resolve(reply);
		};
		worker.addEventListener('message', ({ data }: MessageEvent<SiteFolderReply>) => settle(data));
		const failed = () => settle({ kind: 'failed', message: 'The zip could not be made.' });
		worker.addEventListener('error', failed);
		worker.addEventListener('messageerror', failed);
		worker.postMessage({ made, lessons } satisfies SiteFolderRequest);
	});
}
