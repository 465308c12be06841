/** What a key pressed on the focused timeline asks for. */
export type TimelineKeyAction =
	| { kind: 'zoom'; factor: number }
	| { kind: 'pan'; fraction: number }
	| { kind: 'step'; offset: 1 | -1 }
	| { kind: 'jump'; to: 'Home' | 'End' | 'Enter' }
	| { kind: 'fit' };

/** How far a key moves or scales the window: arrows a fifth of it, page keys most of it. */
const ZOOM_IN = 0.5;
const ZOOM_OUT = 2;
const NUDGE = 0.2;
const PAGE = 0.8;

/**
 * The timeline's keys, as the help text lists them. Keys with Alt, Ctrl or Meta belong to the
 * browser and are left alone; Shift turns the step arrows into panning.
 */
export function timelineKeyAction(
	key: string,
	modifiers: { shiftKey: boolean; altKey: boolean; ctrlKey: boolean; metaKey: boolean }
): TimelineKeyAction | null {
	if (modifiers.altKey || modifiers.ctrlKey || modifiers.metaKey) return null;
	switch (key) {
		case '+':
		case '=':
			return { kind: 'zoom', factor: ZOOM_IN };
		case '-':
		case '_':
			return { kind: 'zoom', factor: ZOOM_OUT };
		case 'ArrowUp':
			return { kind: 'pan', fraction: -NUDGE };
		case 'ArrowDown':
			return { kind: 'pan', fraction: NUDGE };
		case 'PageUp':
			return { kind: 'pan', fraction: -PAGE };
		case 'PageDown':
			return { kind: 'pan', fraction: PAGE };
		case 'ArrowLeft':
			return modifiers.shiftKey ? { kind: 'pan', fraction: -NUDGE } : { kind: 'step', offset: -1 };
		case 'ArrowRight':
			return modifiers.shiftKey ? { kind: 'pan', fraction: NUDGE } : { kind: 'step', offset: 1 };
		case 'Home':
		case 'End':
		case 'Enter':
			return { kind: 'jump', to: key };
		case '0':
			return { kind: 'fit' };
		default:
			return null;
	}
}
