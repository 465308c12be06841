/** `events/lessons/oil-and-inequality.yaml` → `oil-and-inequality`. */
export function fileStem(file: string): string {
	return file.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
}
