#!/usr/bin/env node
// `npx parley-api`: the published package's command. Everything it reads is in the environment (docs/deploy-node.md).
import './node.ts';
