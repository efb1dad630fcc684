// The element's name: the one tag embed.js defines and looks for.
export const TAG = 'possible-causes';
