import { BarController, BarElement, CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';

// Only what the two overlay charts draw: a bar chart with a median line, and a line over time.
// Registering by hand (rather than chart.js/auto) lets the bundler drop every other controller.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip);
// Animations cost frames on the host page's machine and add nothing to a static figure.
Chart.defaults.animation = false;
Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
Chart.defaults.font.size = 13;

export { Chart };
