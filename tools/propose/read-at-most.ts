import { open } from 'node:fs/promises';

/**
 * Up to `limit` bytes of a file: a file that grows after its size was checked is still never
 * read whole, so the caller sees that it is over the limit from the bytes themselves.
 */
export async function readAtMost(path: string, limit: number): Promise<Uint8Array> {
	const file = await open(path, 'r');
	try {
		const buffer = new Uint8Array(limit);
		let filled = 0;
		while (filled < limit) {
			const { bytesRead } = await file.read(buffer, filled, limit - filled, filled);
			if (bytesRead === 0) break;
			filled += bytesRead;
		}
		return buffer.subarray(0, filled);
	} finally {
		await file.close();
	}
}
