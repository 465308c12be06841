/**
 * Makes the site folder's zip off the page's main thread: the folder is written and checked by
 * the build's own validator, then zipped, which for a long timeline takes a while.
 */
import type { SiteFolderReply, SiteFolderRequest } from './site-folder-zip.ts';
import { siteFolder, zipSiteFolder } from './site-folder.ts';
import { timelineTitle } from './to-collection.ts';

// The worker's own global, typed by hand, as in finder-worker.ts.
const scope = self as unknown as {
	postMessage(reply: SiteFolderReply, transfer?: Transferable[]): void;
	addEventListener(
		type: 'message',
		listener: (message: MessageEvent<SiteFolderRequest>) => void
	): void;
};

scope.addEventListener('message', ({ data }: MessageEvent<SiteFolderRequest>) => {
	try {
		const folder = siteFolder(data.made, data.lessons);
		if (!folder.ok) return scope.postMessage({ kind: 'refused', problems: folder.problems });
		const bytes = zipSiteFolder(folder.files, timelineTitle(data.made) || 'A timeline');
		scope.postMessage({ kind: 'zipped', bytes, lessonProblems: folder.lessonProblems }, [
			bytes.buffer
		]);
	} catch (error) {
		scope.postMessage({ kind: 'failed', message: String(error) });
	}
});
