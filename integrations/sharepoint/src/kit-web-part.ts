/**
 * The one web part class behind the four tools. It does the SPFx parts only (the property
 * pane controls, the page's theme, the instance id) and hands everything else to the bridge
 * (../bridge/, bundled with the widgets into src/kit-bridge/ by scripts/build-sharepoint.mjs),
 * which the main project tests.
 */
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { type IPropertyPaneConfiguration, type IPropertyPaneField, PropertyPaneDropdown, PropertyPaneTextField, PropertyPaneToggle } from '@microsoft/sp-property-pane';
import { type IReadonlyTheme, ThemeProvider, type ThemeChangedEventArgs } from '@microsoft/sp-component-base';
import bridge, { type PaneField, type WebPartProperties } from './kit-bridge/index.js';
import { inputsFingerprint } from './kit-bridge/build.js';

export default abstract class KitWebPart extends BaseClientSideWebPart<WebPartProperties> {
  /** The custom element this web part shows, as named in widgets/registry.json. */
  protected abstract readonly tag: string;
  private theme: IReadonlyTheme | undefined;

  protected onInit(): Promise<void> {
    // The section's theme when the page uses section backgrounds (supportsThemeVariants), else the site's.
    const themeProvider = this.context.serviceScope.consume(ThemeProvider.serviceKey);
    this.theme = themeProvider.tryGetTheme();
    themeProvider.themeChangedEvent.add(this, (args: ThemeChangedEventArgs) => {
      this.theme = args.theme;
      this.render();
    });
    return super.onInit();
  }

  public render(): void {
    // Says which build is on the page (for support), and lets a test prove the committed package is current.
    this.domElement.setAttribute('data-attendance-kit-build', inputsFingerprint);
    bridge.renderWidget(this.domElement, { tag: this.tag, properties: this.properties, instanceId: this.instanceId, theme: this.theme });
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [
        {
          header: { description: bridge.paneDescription },
          groups: bridge.paneGroups(this.tag).map((group) => ({
            groupName: group.name,
            groupFields: group.fields.map((field) => this.paneField(field)),
          })),
        },
      ],
    };
  }

  private paneField(field: PaneField): IPropertyPaneField<unknown> {
    if (field.kind === 'choice') {
      return PropertyPaneDropdown(field.property, {
        label: field.label,
        options: (field.choices ?? []).map((choice) => ({ key: choice.value, text: choice.label })),
      });
    }
    if (field.kind === 'toggle') {
      return PropertyPaneToggle(field.property, { label: field.label, onText: field.onText, offText: field.offText });
    }
    return PropertyPaneTextField(field.property, {
      label: field.label,
      description: field.description,
      onGetErrorMessage: (value: string) => bridge.settingProblem(this.tag, field.property, value),
    });
  }
}
