/** A level with its axis for a choice list (`重要性 II`); a level typed with its axis name is not prefixed twice. */
export function levelText(axisName: string, label: string): string {
  return label.startsWith(axisName) ? label : `${axisName} ${label}`;
}
