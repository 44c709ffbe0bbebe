/**
 * What every feature's views and ViewModels share: the {@link dev.lambdadesk.ui.common.UiExecutor} for background
 * work, {@link dev.lambdadesk.ui.common.Tone} for status colours by theme state, the empty-state placeholder and
 * FXML loading.
 */
package dev.lambdadesk.ui.common;
