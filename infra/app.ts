#!/usr/bin/env node
// The CDK entry point (cdk.json): `npx cdk synth -c stage=prod`. Everything else is in build-app.ts.
import { buildApp } from './build-app.js';

buildApp();
