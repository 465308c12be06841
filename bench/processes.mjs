import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** Process groups started here and still running, so an interrupted run can end them. */
const live = new Set();
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
	process.once(signal, () => {
		for (const pid of live) killGroup(pid, 'SIGKILL');
		process.exit(130);
	});
}

/** A free TCP port on the loopback interface. */
export function freePort() {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

/**
 * Runs a command to completion in its own process group, killing the group at the deadline.
 * @param {string} command
 * @param {string[]} args
 * @param {{ env?: Record<string, string>, timeoutMs: number }} options
 * @returns {Promise<{ code: number | null, timedOut: boolean, output: string, ms: number }>}
 */
export function runCommand(command, args, { env = {}, timeoutMs }) {
	return new Promise((resolve) => {
		const started = performance.now();
		const child = spawn(command, args, {
			env: { ...process.env, ...env },
			detached: true,
			stdio: ['ignore', 'pipe', 'pipe']
		});
		live.add(child.pid);
		let output = '';
		const keep = (/** @type {Buffer} */ chunk) => {
			output = (output + chunk.toString()).slice(-20000);
		};
		child.stdout.on('data', keep);
		child.stderr.on('data', keep);
		let timedOut = false;
		const timer = setTimeout(() => {
			timedOut = true;
			killGroup(child.pid);
		}, timeoutMs);
		child.on('close', (code) => {
			live.delete(child.pid);
			clearTimeout(timer);
			resolve({ code, timedOut, output, ms: performance.now() - started });
		});
	});
}

/** @param {number | undefined} pid */
function killGroup(pid, signal = 'SIGTERM') {
	if (!pid) return;
	try {
		process.kill(-pid, signal);
	} catch {
		// The group has already gone.
	}
}

/**
 * Starts a long-running server in its own process group and waits until `url` answers.
 * @param {string} command
 * @param {string[]} args
 * @param {{ env?: Record<string, string>, url: string, timeoutMs: number }} options
 * @returns {Promise<{ stop: () => Promise<void> }>}
 */
export async function startServer(command, args, { env = {}, url, timeoutMs }) {
	const child = spawn(command, args, {
		env: { ...process.env, ...env },
		detached: true,
		stdio: ['ignore', 'ignore', 'pipe']
	});
	live.add(child.pid);
	let errors = '';
	child.stderr.on('data', (chunk) => (errors = (errors + chunk.toString()).slice(-4000)));
	const exited = new Promise((resolve) => child.on('exit', resolve)).then(() =>
		live.delete(child.pid)
	);
	const stop = async () => {
		killGroup(child.pid);
		const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), 3000);
		await exited;
		clearTimeout(timer);
	};
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) break;
		try {
			const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
			if (response.ok) return { stop };
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	await stop();
	throw new Error(`${command} ${args.join(' ')} did not answer at ${url}\n${errors}`);
}
