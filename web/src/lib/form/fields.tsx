import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormFieldTextarea,
  FormFieldTextbox,
  FormLabel,
  RadioButton,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { useId, type ReactNode } from 'react';

/** The id of a field's wrapper, so the error summary can link to it. */
export const fieldId = (path: string): string => `field-${path.replace(/[^A-Za-z0-9]/g, '-')}`;

interface BaseProps {
  path: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  required?: boolean;
}

interface TextProps extends BaseProps {
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  type?: 'text' | 'date' | 'number';
  inputMode?: 'decimal' | 'numeric';
  autoComplete?: string;
}

export function TextField({ path, label, description, error, required, value, onChange, onBlur, type, autoComplete }: TextProps) {
  return (
    <FormFieldTextbox
      id={fieldId(path)}
      name={path}
      label={label}
      description={description}
      invalid={error !== undefined}
      errorMessage={error}
      required={required}
      value={value}
      type={type ?? 'text'}
      autoComplete={autoComplete ?? 'off'}
      onChange={(e) => onChange((e.target as HTMLInputElement).value)}
      onBlur={onBlur}
    />
  );
}

export function TextAreaField({ path, label, description, error, required, value, onChange, onBlur, rows }: TextProps & { rows?: number }) {
  return (
    <FormFieldTextarea
      id={fieldId(path)}
      name={path}
      label={label}
      description={description}
      invalid={error !== undefined}
      errorMessage={error}
      required={required}
      value={value}
      rows={rows ?? 5}
      onChange={(e) => onChange(e.target.value)}
      onBlur={onBlur}
    />
  );
}

/** Ids for a control's description and error, joined for aria-describedby. */
function useDescribedBy(description: ReactNode, error: string | undefined) {
  const base = useId();
  const descriptionId = `${base}-description`;
  const errorId = `${base}-error`;
  const describedBy = [description ? descriptionId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return { inputId: `${base}-input`, descriptionId, errorId, describedBy };
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField({ path, label, description, error, required, value, onChange, onBlur, options, placeholder }: BaseProps & {
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  options: readonly Option[];
  placeholder: string;
}) {
  const ids = useDescribedBy(description, error);
  return (
    <FormField
      id={fieldId(path)}
      invalid={error !== undefined}
      label={<FormLabel htmlFor={ids.inputId}>{label}</FormLabel>}
      description={description && <FormFieldDescription id={ids.descriptionId}>{description}</FormFieldDescription>}
      errorMessage={error && <FormFieldErrorMessage id={ids.errorId}>{error}</FormFieldErrorMessage>}
      input={
        <Select
          id={ids.inputId}
          name={path}
          value={value}
          required={required}
          invalid={error !== undefined}
          aria-describedby={ids.describedBy}
          onChange={(e) => onChange(e.target.value)}
          onBlur={onBlur}
        >
          <SelectOption value="">{placeholder}</SelectOption>
          {options.map((o) => (
            <SelectOption key={o.value} value={o.value}>
              {o.label}
            </SelectOption>
          ))}
        </Select>
      }
    />
  );
}

/** One choice out of a few, as radio buttons in a fieldset: every option is visible at once. */
export function RadioGroup({ path, label, description, error, value, onChange, options }: BaseProps & {
  value: string;
  onChange: (value: string) => void;
  options: readonly Option[];
}) {
  const ids = useDescribedBy(description, error);
  return (
    <Fieldset id={fieldId(path)} invalid={error !== undefined} aria-describedby={ids.describedBy}>
      <FieldsetLegend>{label}</FieldsetLegend>
      {description && <FormFieldDescription id={ids.descriptionId}>{description}</FormFieldDescription>}
      {error && <FormFieldErrorMessage id={ids.errorId}>{error}</FormFieldErrorMessage>}
      {options.map((option) => {
        const id = `${ids.inputId}-${option.value}`;
        return (
          <FormField
            key={option.value}
            type="radio"
            label={
              <FormLabel htmlFor={id} type="radio" checked={value === option.value}>
                {option.label}
              </FormLabel>
            }
            input={
              <RadioButton
                id={id}
                name={path}
                value={option.value}
                checked={value === option.value}
                invalid={error !== undefined}
                onChange={() => onChange(option.value)}
              />
            }
          />
        );
      })}
    </Fieldset>
  );
}

/** Any number of choices, as checkboxes in a fieldset. */
export function CheckboxGroup({ path, label, description, error, values, onChange, options }: BaseProps & {
  values: readonly string[];
  onChange: (values: string[]) => void;
  options: readonly Option[];
}) {
  const ids = useDescribedBy(description, error);
  const toggle = (option: string) =>
    onChange(values.includes(option) ? values.filter((v) => v !== option) : [...values, option]);
  return (
    <Fieldset id={fieldId(path)} invalid={error !== undefined} aria-describedby={ids.describedBy}>
      <FieldsetLegend>{label}</FieldsetLegend>
      {description && <FormFieldDescription id={ids.descriptionId}>{description}</FormFieldDescription>}
      {error && <FormFieldErrorMessage id={ids.errorId}>{error}</FormFieldErrorMessage>}
      {options.map((option) => {
        const id = `${ids.inputId}-${option.value}`;
        return (
          <FormField
            key={option.value}
            type="checkbox"
            label={
              <FormLabel htmlFor={id} type="checkbox" checked={values.includes(option.value)}>
                {option.label}
              </FormLabel>
            }
            input={<Checkbox id={id} name={path} value={option.value} checked={values.includes(option.value)} onChange={() => toggle(option.value)} />}
          />
        );
      })}
    </Fieldset>
  );
}

/** A single yes/no, such as the client's consent. */
export function CheckboxField({ path, label, description, error, checked, onChange }: BaseProps & {
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const ids = useDescribedBy(description, error);
  return (
    <FormField
      id={fieldId(path)}
      type="checkbox"
      invalid={error !== undefined}
      label={
        <FormLabel htmlFor={ids.inputId} type="checkbox" checked={checked}>
          {label}
        </FormLabel>
      }
      description={description && <FormFieldDescription id={ids.descriptionId}>{description}</FormFieldDescription>}
      errorMessage={error && <FormFieldErrorMessage id={ids.errorId}>{error}</FormFieldErrorMessage>}
      input={
        <Checkbox
          id={ids.inputId}
          name={path}
          checked={checked}
          invalid={error !== undefined}
          aria-describedby={ids.describedBy}
          onChange={(e) => onChange(e.target.checked)}
        />
      }
    />
  );
}
