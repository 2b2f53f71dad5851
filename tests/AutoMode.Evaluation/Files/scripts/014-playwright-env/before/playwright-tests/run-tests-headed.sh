#!/bin/bash
WEBSERVICE_PASSWORD=easy1234 npx playwright test --headed
