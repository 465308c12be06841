/** Raw DEFLATE through the platform's CompressionStream, which browsers and Node 20 both have. */
export async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
	const { chunks } = await drain(streamOf(bytes).pipeThrough(new CompressionStream('deflate-raw')));
	return join(chunks);
}

/**
 * Inflates at most `limit` bytes: the reading stops as soon as the output passes it, so a small
 * link that would inflate to megabytes costs nothing. Rejects when the data is not DEFLATE.
 */
export async function inflate(
	bytes: Uint8Array,
	limit: number
): Promise<{ bytes: Uint8Array; overLimit: boolean }> {
	const stream = streamOf(bytes).pipeThrough(new DecompressionStream('deflate-raw'));
	const { chunks, overLimit } = await drain(stream, limit);
	return { bytes: join(chunks), overLimit };
}

function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array<ArrayBuffer>> {
	const copy = new Uint8Array(bytes.byteLength);
	copy.set(bytes);
	return new Blob([copy]).stream();
}

async function drain(stream: ReadableStream<Uint8Array>, limit = Infinity) {
	const reader = stream.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) return { chunks, overLimit: false };
		chunks.push(value);
		total += value.byteLength;
		if (total > limit) {
			await reader.cancel().catch(() => {});
			return { chunks, overLimit: true };
		}
	}
}

function join(chunks: Uint8Array[]): Uint8Array {
	const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
	let at = 0;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.byteLength;
	}
	return out;
}
