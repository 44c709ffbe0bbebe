/**
 * What every feature's views and ViewModels share: the {@link dev.lambdadesk.ui.common.UiExecutor} for background
 * work, {@link dev.lambdadesk.ui.common.Tone} for status colours by theme state, the empty-state placeholder and
 * FXML loading.
 *
 * <p>Forms declare each field once as a {@link dev.lambdadesk.ui.common.FormField} (id, member path, label, value,
 * {@link dev.lambdadesk.ui.common.FieldCodec} for the request JSON, secret, kept in drafts); rows, requests, imports,
 * drafts and the mapping of findings to fields derive from it.
 *
 * <p>Forms with live validation: the ViewModel owns a {@link dev.lambdadesk.ui.common.FormValidation}, registers
 * each field with the request members it edits ({@code field(memoryField)}), and after every
 * change passes the validator's findings to {@code show(violations)} (after a failed call, the {@code AwsProblem}'s
 * member paths to {@code showServiceProblem}). Its {@code hasErrorsProperty()} disables the form's action. The view
 * lays fields out with {@link dev.lambdadesk.ui.common.FormGrid} (which draws each field's
 * {@link dev.lambdadesk.ui.common.FieldFeedback} through {@link dev.lambdadesk.ui.common.ValidationDecoration}: theme
 * state, ControlsFX decoration and inline message), shows {@link dev.lambdadesk.ui.common.ProblemsView} as the
 * summary and moves to a field with {@link dev.lambdadesk.ui.common.FieldFocus}. Styles: {@code forms.css} beside
 * this package's resources.
 */
package dev.lambdadesk.ui.common;
