/** Which of a lesson's events the class is looking at: a 0-based index into its steps. */
export class LessonSteps {
	readonly count: number;
	current = $state(0);

	constructor(count: number) {
		this.count = Math.max(count, 1);
	}

	get isFirst(): boolean {
		return this.current === 0;
	}

	get isLast(): boolean {
		return this.current === this.count - 1;
	}

	/** "Step 2 of 5". */
	get label(): string {
		return `Step ${this.current + 1} of ${this.count}`;
	}

	/** Moves to a step, if it exists; returns whether the step changed. */
	goTo(index: number): boolean {
		if (!Number.isInteger(index) || index < 0 || index >= this.count || index === this.current)
			return false;
		this.current = index;
		return true;
	}

	next(): boolean {
		return this.goTo(this.current + 1);
	}

	previous(): boolean {
		return this.goTo(this.current - 1);
	}
}
