import { Module } from '@nestjs/common';
import { AlertsModule } from './alerts/alerts.module.js';
import { CalendarModule } from './calendar/calendar.module.js';
import { DashboardsModule } from './dashboards/dashboards.module.js';
import { IndicatorsModule } from './indicators/indicators.module.js';
import { MeasurementsModule } from './measurements/measurements.module.js';
import { OutcomeSurveysModule } from './outcome-surveys/outcome-surveys.module.js';

/** Impact (issue 16): indicators, measurements, outcome surveys, dashboards, alerts and the calendar feed. */
@Module({ imports: [IndicatorsModule, MeasurementsModule, OutcomeSurveysModule, DashboardsModule, AlertsModule, CalendarModule] })
export class ImpactModule {}
