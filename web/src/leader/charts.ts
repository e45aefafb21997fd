// ECharts, bundled (nothing from a CDN): only the charts and components the dashboard draws.
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { BarChart, LineChart, RadarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, RadarComponent, TooltipComponent } from 'echarts/components';
import VChart from 'vue-echarts';

use([CanvasRenderer, BarChart, LineChart, RadarChart, GridComponent, LegendComponent, RadarComponent, TooltipComponent]);

export { VChart };
