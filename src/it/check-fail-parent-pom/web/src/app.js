// The web module has code but no specs.
export const ready = true;
