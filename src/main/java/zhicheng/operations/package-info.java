/**
 * What operators watch: the readiness of the app's own data (organisation, plans, calendar), the gauges of
 * applications per plan and level, the engine's job and incident numbers. Spring Boot Actuator and Micrometer
 * publish them (docs/operations.md, Health and metrics); nothing here changes an application.
 */
package zhicheng.operations;
